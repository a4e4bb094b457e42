Feature: Admin login

  Background:
    Given the admin portal at "https://admin.staging.quokka.io"

  Scenario: admin signs in
    When I sign in as "qa-admin" with password "Feb7@2020"
    Then I see the dashboard

  Scenario: wrong password is refused
    When I sign in as "qa-admin" with password "not-the-password"
    Then I see "Invalid credentials"
