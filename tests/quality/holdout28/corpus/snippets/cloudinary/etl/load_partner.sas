/* nightly partner load */
options nosource;
%let cloudinary_url = cloudinary://105361653287495:EE8aK5wztrJiuJCnmbSHGlCLykB@bwlinen;
%let cloudinary_api_key = 328310453980802;
%let cloudinary_url_masked = clou************inen;
%let cloudinary_url_example = changeme;
%let cloudinary_url_env = %sysget(CLOUDINARY_URL);
run;
