// azure
val apiKey = "cAa8Q~oKgTQ6yJEd0B1Y1XiRvA3uigDwb-J3d-f8"
