// cypress
let api_key = "df06ac96-74d6-479c-9441-5ad810b93d3d";
