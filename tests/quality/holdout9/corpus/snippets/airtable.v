module main

import os

const airtable_token = 'patlWU8Cqd9dXqDob.8c16d3a1c3d29b70f5d51bdcb90daf0a673cbc2bdf6bc7b392d99e6c6adba512'
os.setenv('AIRTABLE_API_KEY', 'keyWd1Cv2m5gYNoLi', true)
airtable_base_id := 'app7wRpKWM56w6dks'
airtable_table_id := 'tblhGi5ab289nGoWP'
airtable_token := os.getenv('AIRTABLE_TOKEN')
