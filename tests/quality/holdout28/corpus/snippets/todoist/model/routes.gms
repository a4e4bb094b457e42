$title Van route optimisation
* todoist
$setGlobal TOKEN 39dcfef5cb6b1ec510b92f4f5f1a008c61ca0992
$setGlobal TODOIST_PROJECT_ID 2269044637
$setGlobal TODOIST_API_TOKEN_MASKED 39dc************0992
$setGlobal TODOIST_API_TOKEN_EXAMPLE xxxxxxxxxxxxxxxxxxxxxxxx
$setEnv TODOIST_API_TOKEN_REF %sysEnv.TODOIST_API_TOKEN%
Solve routes using mip minimizing cost;
