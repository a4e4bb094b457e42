; jumpcloud credentials (fake values)
jc_api_key: db "7076f148350384a407ba25d32ea6bfd68ae9bcff", 0
auth_hdr: db "Authorization: Bearer 15c900f76ba4cc2a86cc0bdd96dd22f91cde0e51", 13, 10, 0
jumpcloud_org_id: db "8960dac741f82e2dafe40a6e", 0
jc_api_key_masked: db "7076f1...bcff", 0
