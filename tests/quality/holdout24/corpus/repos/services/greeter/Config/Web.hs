module Config where

import IHP.Prelude
import IHP.FrameworkConfig

config :: ConfigBuilder
config = do
    option Production
    option (AppHostname "greeter.brackenfield.example")
    option $ SMTPConfig "smtp.eu.mailgun.org" 587 (Just ("postmaster@mg.brackenfield.example", "OlHu1fNOvyOnKgk31HsXKmk5NUSjMFBU"))
