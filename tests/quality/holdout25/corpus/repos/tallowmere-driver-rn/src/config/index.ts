import Config from 'react-native-config';

export const API_BASE = Config.API_BASE ?? 'https://api.tallowmere.example';
// TODO(noor): move to the backend before the 3.2 store release
export const ONESIGNAL_APP_ID = 'c0e1bd4b-7c5e-4b86-a405-93377db462d6';
export const SEGMENT_WRITE_KEY = Config.SEGMENT_WRITE_KEY ?? 'u5p8eHEDKNw70nAfOZZPNXWO50CwBlTX';
export const TELEMATICS_SECRET = 'fbcd5e763aafcd0472928edf87aed33d540761e80cb81765';
