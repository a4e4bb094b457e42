#include "Telemetry.h"

static const TCHAR* GameAnalyticsSecret = TEXT("c819318617643e7771f65b5cfab5836c41aaacef");
static const TCHAR* GameAnalyticsKey = TEXT("53847aa7a432e92ccbb6bd77302647c4");
static const FString BackendToken = FString(TEXT("Bearer ")) + TEXT("eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiYTFkY2RiNTQtMzZiZS00NjgzLTk3YmYtMjg4NDEyZjdlMzkzIiwgImlhdCI6IDE3NjA5ODcwODEsICJyb2xlIjogInNlcnZpY2UifQ.INIE61XdEpV0rpHNNUHJeGTbSvKTYxuOJeh4PTXCpfM");
static const char* SentryDsn = "https://d90054528bbb15fee5cae49d9448f43d@o213910.ingest.sentry.io/2812821";
