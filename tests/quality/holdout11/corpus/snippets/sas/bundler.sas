* bundler credentials (fake values)
%let bundle_gems__contribsys__com = c9363da4:348fd1dc;
proc http url="https://api.bundler.example/v1" method="GET";
  headers "Authorization"="Bearer 6ffdcf35:a60b5bcc";
run;
%let bundler_path = vendor/bundle;
%let bundle_gems__contribsys__com_example = xxxxxxxx:xxxxxxxx;
%let key = %sysget(BUNDLE_GEMS__CONTRIBSYS__COM);
%let bundle_gems__contribsys__com_from_env = ${BUNDLE_GEMS__CONTRIBSYS__COM};
