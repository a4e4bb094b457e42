ssh admin@nas.internal
export DOPPLER_TOKEN=dp.st.prd.tyEQKNoEX3SuI0DZHtyjYegVyd95X6zHDnyAxGqpCSJ
doppler secrets download --no-file
curl -u api:4023a0dad1669cac3adabc1565542c7f-us65 https://us21.api.mailchimp.com/3.0/lists
curl https://api.openweathermap.org/data/2.5/weather?q=Berlin&appid=34690fb1c836048289f5441d0ba89e8d
curl -u 9091d4e6514cb28257ca97c5d3edb517:api_token https://api.track.toggl.com/api/v9/me
curl -H "X-Auth-Token: ba10b7db77fde57e6e53741d26a91bc2" https://hex.pm/api/users/me
psql "postgresql://admin:Iaplw6ah8RJhgpMW3Ju3@db.internal:5432/app"
mysql -h db.internal -u root -pyw8U1PMNltBTNgGR shop
vault login hvs.2jhxD9yKEjxdDAHNwVyRjbyF
git log -1 --format=%H  # 11a69ebcebfb6ecc51724120302f6bf927cb50ca
docker login -u acme -p dckr_pat_f5bFNYv7YyUKMn_ceCUN1FMl_ru docker.io
kubectl create secret generic api --from-literal=token=api-b6f4979f-0dae-46df-9431-f304e9245180
