<%@ taglib prefix="sql" uri="http://java.sun.com/jsp/jstl/sql" %>
<sql:setDataSource var="tix" driver="org.postgresql.Driver"
    url="jdbc:postgresql://pg-tix.mgs.internal:5432/tickets"
    user="report" password="pyAthz5LFlmtCu1D23mijFRO"/>
<sql:query dataSource="${tix}" var="rows">SELECT performance_id, SUM(price) FROM sales GROUP BY 1</sql:query>
