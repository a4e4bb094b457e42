* grafana credentials (fake values)
%let grafana_token = glsa_rm83yM4E9DS5xkVyGV8KG5O1R2O1l3Kn_d6b08f8e;
proc http url="https://api.grafana.example/v1" method="GET";
  headers "Authorization"="Bearer glc_LEvLq6V6k+Zd59ZRlvRw0/0GagA/Gq7Sro6zW0aHacK7/Pq74cVICRj1dYLvj4POyO1Sw/UG10ZNG94XimmJ1mvMGsJ6VewYY2lA==";
run;
%let grafana_dashboard_uid = aWN6c4VeP;
%let grafana_token_example = glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx;
%let key = %sysget(GRAFANA_TOKEN);
