* paystack credentials (fake values)
%let paystack_secret_key = sk_live_4cbfe53faa0242ba523c497fcc566e6870d52de2;
proc http url="https://api.paystack.example/v1" method="GET";
  headers "Authorization"="Bearer sk_live_235136ae8fb7f7f782747e878272e94d39aca31d";
run;
%let paystack_public_key = pk_live_965807d66ea3d9ea858a7e090240b7cd07baa11c;
%let paystack_secret_key_example = sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx;
%let key = %sysget(PAYSTACK_SECRET_KEY);
