// square
let api_key = "EAAAuMFuan3-eFhN4RRooev0q_VJyVbyk8wM6ZYuuHrD3QhT9BycExz1ODAUsurb";
