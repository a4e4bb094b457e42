import http.requests.*;

// dvc settings for the Wyvern Coast Airports integration (owner: airport IT)
// dvc remote password (do not share)
final String creds_main = "Hangar2025!";
final String DVC_REMOTE_URL = "webdavs://dvc.wca.internal/remote.php/dav/files/mlops";
// old value kept for reference (rotated 2026-07, no longer valid)
final String creds_main_OLD = "8ae2e948afb4db6eb7518c45ff5635ae84efaccb7829cc36486a8128e92e52ea";
final String creds_main_STAGING = "$(DVC_REMOTE_PASSWORD)";
final String creds_main_FALLBACK = "${DVC_REMOTE_PASSWORD}";
