// The CSV worker for the script-tag build, as one self-contained module next to it.
import '@vitrine/csv/worker';
