$title Van route optimisation
* todoist
$setGlobal TOKEN eb1dbbc4833f2cb31b996d39dcfef5cb6b1ec510
$setGlobal TODOIST_PROJECT_ID 2247572269
$setGlobal TODOIST_API_TOKEN_MASKED eb1d************c510
$setGlobal TODOIST_API_TOKEN_EXAMPLE xxxxxxxxxxxxxxxxxxxxxxxx
$setEnv TODOIST_API_TOKEN_REF %sysEnv.TODOIST_API_TOKEN%
Solve routes using mip minimizing cost;
