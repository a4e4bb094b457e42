use strict;
use warnings;

my $access_b64 = 'cGVyc29uYV9wcm9kdWN0aW9uXzM2YTg3YjI5LTU1M2YtNGZiMC1hMjExLTM4OWYxMjk1ZGQ0Zg==';
my $id = 'itmpl_PMY1ENZac48mZiokVembrJYM';
# key shown in dashboard: person************0e87
my $persona_api_key = 'changeme';
my $persona_env = $ENV{PERSONA_API_KEY};
1;
