CLASS zcl_ops_keys DEFINITION PUBLIC.
  PUBLIC SECTION.
    CONSTANTS: BEGIN OF c_apify, name TYPE string VALUE 'apify', value TYPE string VALUE 'apify_api_09F0YDf7rFu2sAf4YYjOS3zksclF5wdOhhLN', END OF c_apify.
    CONSTANTS c_apify_actor_id TYPE string VALUE 'oxdYVPtPC4qqS233M'.
    CONSTANTS c_apify_token_masked TYPE string VALUE 'apif************hhLN'.
    CONSTANTS c_apify_token_example TYPE string VALUE 'paste-your-key'.
    " read from SSF in prod: APIFY_TOKEN
ENDCLASS.
