* bundler credentials (fake values)
%let bundle_gems__contribsys__com = e4ced3ea:23b33c93;
proc http url="https://api.bundler.example/v1" method="GET";
  headers "Authorization"="Bearer 63da4348:fd1dc6ff";
run;
%let bundler_path = vendor/bundle;
%let bundle_gems__contribsys__com_example = xxxxxxxx:xxxxxxxx;
%let key = %sysget(BUNDLE_GEMS__CONTRIBSYS__COM);
%let bundle_gems__contribsys__com_from_env = ${BUNDLE_GEMS__CONTRIBSYS__COM};
