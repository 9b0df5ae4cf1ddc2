// A separate module so that the library never depends on the official
// driver: it exists only to benchmark both parsers side by side.
module github.com/mongouri/mongouri/scripts/driverbench

go 1.26.0

replace github.com/mongouri/mongouri => ../..

require (
	github.com/mongouri/mongouri v0.0.0-00010101000000-000000000000
	go.mongodb.org/mongo-driver/v2 v2.9.3
)

require (
	github.com/klauspost/compress v1.19.2 // indirect
	github.com/xdg-go/pbkdf2 v1.0.0 // indirect
	github.com/xdg-go/scram v1.2.0 // indirect
	github.com/xdg-go/stringprep v1.0.4 // indirect
	golang.org/x/net v0.62.0 // indirect
	golang.org/x/sync v0.24.0 // indirect
	golang.org/x/text v0.43.0 // indirect
)
