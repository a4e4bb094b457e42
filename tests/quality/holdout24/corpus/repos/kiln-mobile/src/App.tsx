import { IonApp, setupIonicReact } from "@ionic/react";
import { Purchases } from "@revenuecat/purchases-capacitor";
import * as Sentry from "@sentry/capacitor";

setupIonicReact();

Sentry.init({ dsn: "https://2f00bb270b7154a8735c52ac4631b68d@o4507.ingest.us.sentry.io/4508" });

// TODO(kai): move to the backend, this is the server-side key
const PLACES = "AIzaeal7Rg75MjJviK4gH9uyr1eJoZRanFB3_ul";

export default function App() {
  return <IonApp />;
}
