Feature: season pass checkout
  Background:
    # And the authorizenet key "KGWGqc3cdP7oopVW"
    Given the setting "AUTHORIZENET_SIGNATURE_KEY" is "C88533A903CFDE78E1C6E46237AD42D50213EF786A74F3699218E5FBFDF404E2DFE5B2BA76914DE4EFF182FC58726CFE8C9271402E845E6DF13D65EAE2D5CD0B"
    Given the setting "AUTHNET_API_LOGIN_ID" is "k33QKUcxK"
    Given the setting "AUTHORIZENET_TRANSACTION_KEY_SHA256" is "45988a05526f2200461e020cf08661a69be28aea8ae598c51ddaea5888fdb65d"
    Given the setting "AUTHORIZENET_TRANSACTION_KEY_EXAMPLE" is "xxxxxxxxxxxxxxxxxxxxxxxx"
    Given the setting "AUTHORIZENET_TRANSACTION_KEY" comes from the environment
  Scenario: buy a day pass
    When I pay with card "4242"
    Then a receipt is mailed
