@echo off
REM Windows build agent, started by the scheduled task
cd /d C:\jenkins
java -jar agent.jar -url https://ci.riverbend.test/ -secret 6fd6a26c10be49d2cda2540122bd42b9c62a12b9c5e21d19011dd35ceb418486 -name win-build-02 -webSocket -workDir "C:\jenkins\work"
