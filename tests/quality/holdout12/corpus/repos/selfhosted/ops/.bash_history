ssh admin@nas.internal
export DOPPLER_TOKEN=dp.st.prd.xEh0ILDj3Q9BWvkkYx7k7Urz72hCdVhjvdFC5ypbi32
doppler secrets download --no-file
curl -u api:3d8791aed4df8c5b7b08576ed929658f-us70 https://us21.api.mailchimp.com/3.0/lists
curl https://api.openweathermap.org/data/2.5/weather?q=Berlin&appid=cce94a6a0c68cc75cce6743e91e04397
curl -u aae19f680f56ebebabaae107e989a9f5:api_token https://api.track.toggl.com/api/v9/me
curl -H "X-Auth-Token: 722f0bfe9da1af2e032f2fb7545f6eac" https://hex.pm/api/users/me
psql "postgresql://admin:ZnAbDMxfyX2UOFBDDDxC@db.internal:5432/app"
mysql -h db.internal -u root -p20mpmAmT2ZRG5J6L shop
vault login hvs.nqzPhSFdGsMR7WNUYy97gIt7
git log -1 --format=%H  # 07cca1bfb20a9af64439dbe626a4fa7f2b0c2e81
docker login -u acme -p dckr_pat_83KegyR3jzdDkoCW9IdSPt7nBZ_ docker.io
kubectl create secret generic api --from-literal=token=api-29c9a279-2763-44f6-b429-6f9c38f0754d
