module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "2fb05ab482bbc25422e3661e73479f3c0b8039e6f281e2fb",
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "$2b$08$ypHxt09tAR1MPigtgysNFPeRm3GvV.H6mAKKOp7Ix6CXSxi/aM5db",
            permissions: "*"
        }]
    },
    httpNodeAuth: { user: "hooks", pass: "8543884ce668e8f5d8bce39b4d32879e" },
    functionGlobalContext: { },
    logging: { console: { level: "info", metrics: false, audit: false } }
};
