options nosource nonotes;
%let dbpass = ClbAdmsbXsKfO7yj;
libname warehse oracle user=analyst password="ChmOfQF3fO5w06" path=lab_dw;
libname enc oracle user=analyst password="{sas004}4D353185F4859A9B730FF814915D511833C01CFADD2062E7" path=lab_dw;
%let box_token = FE0Ncow1fuM6lwQgtsTdQe3ypjCFHiSc;
