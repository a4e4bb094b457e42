$headers = @{ "Authorization" = "Bearer dp.st.prd.MCr8a258lT82fKjhjPvNo3OLEY7IVLZDOpT0ijh2qNb" }
