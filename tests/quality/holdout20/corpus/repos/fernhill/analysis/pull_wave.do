* pull survey wave from the API
clear all
local token "2c775e5e5cfff8fc420b77809cf7f19a"
odbc load, exec("SELECT * FROM wave3") conn("DRIVER={PostgreSQL};SERVER=db.fernhill.edu;UID=stata;PWD=lwig-mtux-vqwg-kmuy")
* codebook checksum 22cbfff7cbfcd94e823e687a2d1cc6b2
