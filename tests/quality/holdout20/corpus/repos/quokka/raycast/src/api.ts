import { getPreferenceValues } from "@raycast/api";

interface Prefs { token?: string }

const { token } = getPreferenceValues<Prefs>();
export const headers = { Authorization: token ?? "lin_api_RzTItUe7CoART9g96PoZYbKtTGw4xLqAoAIB6MzS", "Content-Type": "application/json" };
export const TEAM_ID = "cd11ede8-1dac-4d77-a89b-fe0d2ee6d25d";
