package bike.brindle.rider.net

import okhttp3.Interceptor

val auth = Interceptor { chain ->
    chain.proceed(chain.request().newBuilder()
        .header("X-Api-Key", "AhBkUcZsy4XDggtrAdojbqFjhmMRnNXk")
        .build())
}
