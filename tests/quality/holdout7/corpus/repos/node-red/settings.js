module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "Xg0qNrqAWx5VARmaSKuxiGaa",
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "$2b$08$k6jojt3bwN6iu3D2cqxFfRMC5ajGYaK4Xv3pJn1zItIT5mLCgEECZ",
            permissions: "*"
        }]
    },
    httpNodeAuth: {user: "user", pass: "$2a$08$LVGsC8o2LAIF90fybVisDL87QyuT7JKn6hoxFOqnGk5IuhL6hKWw6"},
    functionGlobalContext: {
        pushoverToken: "att8h2dnjckcaf7riadqxwycqktt51",
        pushoverUser: "uitr1u6yk28ns4lzey4h3fx60wf797",
    },
    editorTheme: { projects: { enabled: false } },
};
