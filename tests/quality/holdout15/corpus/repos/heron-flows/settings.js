module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "949ed27dff2a91328c09013df5fb950709b860f3b8d937bb",
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "$2b$08$cvNiAtES0GyaPPVdJONEavktTNdIplkho1j84ooFFgVSn8ryAY78J",
            permissions: "*"
        }]
    },
    httpNodeAuth: { user: "hooks", pass: "6fa33bacb5d5e832bd88ea47b36be366" },
    functionGlobalContext: { },
    logging: { console: { level: "info", metrics: false, audit: false } }
};
