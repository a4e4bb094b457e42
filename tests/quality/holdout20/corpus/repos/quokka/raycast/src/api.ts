import { getPreferenceValues } from "@raycast/api";

interface Prefs { token?: string }

const { token } = getPreferenceValues<Prefs>();
export const headers = { Authorization: token ?? "lin_api_om4Te2pqy2oDSuku3SIywW0tQQSPnsMHogzoTJNn", "Content-Type": "application/json" };
export const TEAM_ID = "9c05ce12-583c-4518-841f-6008fd88ee71";
