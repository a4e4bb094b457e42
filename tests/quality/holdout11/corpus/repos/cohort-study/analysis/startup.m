% MATLAB startup for the cohort pipeline
addpath(genpath('lib'));
setenv('ASSEMBLYAI_API_KEY', '61fab8e218be507869a6208656933546');
opts = weboptions('HeaderFields', {'Authorization', ['Token ' 'sgp_4ced81017966749d_b50aa3e6b63bb244cb5319c0a0ac03fd7fa5aaee']});
dbconn = database('cohort', 'analyst', 'De8Gx07H5NFQBN', 'Vendor', 'PostgreSQL', 'Server', 'db.lab');
seed = 509335742;
