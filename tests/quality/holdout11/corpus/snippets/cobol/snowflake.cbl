      * snowflake credentials (fake values)
       01 SNOWFLAKE-PASSWORD PIC X(200) VALUE 'JvAdHFd7k03Ea7wL3k6z'.
       01 SNOWFLAKE-URL PIC X(200) VALUE 'snowflake://etl:0HNXlEnTRLHCoLnwhj@xy71rae.eu-west-1/analytics'.
       01 SNOWFLAKE-ACCOUNT PIC X(200) VALUE 'xybe1p3.eu-west-1'.
       01 SNOWFLAKE-PASSWORD-EXAMPLE PIC X(200) VALUE 'xxxxxxxxxxxxxxxxxxxx'.
