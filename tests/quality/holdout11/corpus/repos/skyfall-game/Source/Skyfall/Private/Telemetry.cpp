#include "Telemetry.h"

static const TCHAR* GameAnalyticsSecret = TEXT("cc819318617643e7771f65b5cfab5836c41aaace");
static const TCHAR* GameAnalyticsKey = TEXT("f53847aa7a432e92ccbb6bd77302647c");
static const FString BackendToken = FString(TEXT("Bearer ")) + TEXT("eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiNGExZGNkYjUtNDM2Yi00YzY4LThhN2ItZjI4ODQxMmY3ZTM5IiwgImlhdCI6IDE3NjA1NDg4NDAsICJyb2xlIjogInNlcnZpY2UifQ.wINIE61XdEpV0rpHNNUHJeGTbSvKTYxuOJeh4PTXCpf");
static const char* SentryDsn = "https://9d90054528bbb15fee5cae49d9448f43@o621391.ingest.sentry.io/0281282";
