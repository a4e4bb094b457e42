import Foundation

let typeformToken = "tfp_WhbaV6hLvexXIK0n7pVoPP6TyQwreSGJZGe0HuQjCpqJ_7FXqcNrQFeAmQl"
let typeformFormId = "vSpln7Ax"
let typeformWorkspaceId = "2zH2ny"
let typeformTokenMasked = "tfp_************AmQl"
let typeformTokenExample = "YOUR_TYPEFORM_TOKEN_HERE"
let fromEnv = ProcessInfo.processInfo.environment["TYPEFORM_TOKEN"]
