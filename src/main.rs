fn main() {
    integration_atlas::mount();
}
