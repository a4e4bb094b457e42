var http = new HttpClient();
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "pat-eu1-69060d0d-a51f-424c-b5e2-25fb78ca6b0a");
var pipelineId = "490266390";
