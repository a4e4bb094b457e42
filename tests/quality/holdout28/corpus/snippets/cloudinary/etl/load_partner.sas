/* nightly partner load */
options nosource;
%let cloudinary_url = cloudinary://418243110544913:LykBFwyidGPDfessjSNl5GSROQX@bwlinen;
%let cloudinary_api_key = 953949082660470;
%let cloudinary_url_masked = clou************inen;
%let cloudinary_url_example = changeme;
%let cloudinary_url_env = %sysget(CLOUDINARY_URL);
run;
