import { Api } from "figma-api";

const api = new Api({ personalAccessToken: "figd_CkrNqXTxAUUmD6f72UwYupRr8cLmh59vCHFNFM3a" });
const FILE_KEY = "O6C2P5TAjK2OBWozElgQ30";

const file = await api.getFile({ file_key: FILE_KEY });
console.log(file.name);
