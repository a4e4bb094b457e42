% octave script
keys.easyship = 'prod_NWRCbx6-AUAtL3d45lp4Er6DdHeAQEkG3-XaGlOougPs';
easyship_courier_id = '3bfca5e2-3648-4ebd-a6dd-004b4226d64e';
easyship_api_token_sha256 = 'fd69db3621c7eeb2231c95c3a97ac1267a83bb997fa1e6128f93a88c747e3338';
easyship_api_token_example = 'xxxxxxxxxxxxxxxxxxxxxxxx';
x = getenv('EASYSHIP_API_TOKEN');
