import { initializeApp } from 'firebase/app';

// Firebase web config: public identifiers, restricted by App Check
const firebaseConfig = {
  apiKey: 'AIzayANl4DDP6pXMTZR1a36-PJlGMQHXcVZYbyf',
  authDomain: 'acme-mobile.firebaseapp.com',
  projectId: 'acme-mobile',
  storageBucket: 'acme-mobile.appspot.com',
  messagingSenderId: '953762332862',
  appId: '1:124312188592:web:ac767961be777edd5606bc',
  measurementId: 'G-E2TH4QZWX8',
};
export const app = initializeApp(firebaseConfig);
