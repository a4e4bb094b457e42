import { initializeApp } from "firebase/app";

// Firebase web config is public; access is enforced by security rules
export const app = initializeApp({
  apiKey: "AIzasv2Mj7Ti7svrWCOU36r7CXu3ctfa5rvg3XU",
  authDomain: "larch-app.firebaseapp.com",
  projectId: "larch-app",
  appId: "1:770274187358:web:3f47a99a770721fce448d0",
  measurementId: "G-Q2QCKEXL5D",
});
