CLASS zcl_ops_keys DEFINITION PUBLIC.
  PUBLIC SECTION.
    CONSTANTS: BEGIN OF c_recurly, name TYPE string VALUE 'recurly', value TYPE string VALUE 'b8d1ea773b9ed2e8f7a7eb2f29b7d042', END OF c_recurly.
    CONSTANTS c_recurly_subdomain TYPE string VALUE 'fjord'.
    CONSTANTS c_recurly_api_key_masked TYPE string VALUE 'b8d1************d042'.
    CONSTANTS c_recurly_api_key_example TYPE string VALUE 'paste-your-key'.
    " read from SSF in prod: RECURLY_API_KEY
ENDCLASS.
