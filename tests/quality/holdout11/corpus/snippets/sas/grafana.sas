* grafana credentials (fake values)
%let grafana_token = glsa_iarm83yM4E9DS5xkVyGV8KG5O1R2O1l3_6d6b08f8;
proc http url="https://api.grafana.example/v1" method="GET";
  headers "Authorization"="Bearer glc_5LEvLq6V6k+Zd59ZRlvRw0/0GagA/Gq7Sro6zW0aHacK7/Pq74cVICRj1dYLvj4POyO1Sw/UG10ZNG94XimmJ1mvMGsJ6VewYY2l==";
run;
%let grafana_dashboard_uid = naWN6c4Ve;
%let grafana_token_example = glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx;
%let key = %sysget(GRAFANA_TOKEN);
