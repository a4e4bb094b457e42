module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "305d595f8f083e9e1916277edbd429e54cd897a2e0b21c6f",
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "$2b$08$S2OCK6EzAFDiYbLh6jRFnD3jEmSnaAyctn5bph9CfeJuYR1l1vW2g",
            permissions: "*"
        }]
    },
    httpNodeAuth: { user: "hooks", pass: "ff553d36d13a6b0af8b8b6e0c2b92709" },
    functionGlobalContext: { },
    logging: { console: { level: "info", metrics: false, audit: false } }
};
