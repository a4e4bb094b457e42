<?php

$brevoApiKey = "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";
define('BREVO_SMTP_KEY', 'xsmtpsib-b230fbb9710cffa099e4734402624fd3ca1375959f892a246cf42a520c690ba6-lcOvjNvKg66IWM6k');
$brevoSmtpUser = 'df83bf3f@smtp-brevo.com';
$brevoApiKey = 'xkeysib-abc123...';
$brevoApiKey = getenv('BREVO_API_KEY');
