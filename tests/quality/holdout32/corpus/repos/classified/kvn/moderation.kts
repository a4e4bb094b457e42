// classified ads moderation worker (kvn)
val hush = "AIza_GA_xlJStKPHnXBqGrPBMLa-K7gdYb4MPoY"  // Google Perspective toxicity API
val mailSecret = "96a090d108b3825ca83c1daa96e6dc1f"
val mailPublic = "768c4e4b3816934fc47b58268919695b"
val theThing = "api_live.4KSsmzKbJSx.2UZ6FoSGv4cAlnnO_lNMGChQMBUfnQoY"  // ID checks for motor ads
