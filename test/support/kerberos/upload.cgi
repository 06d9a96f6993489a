#!/usr/bin/perl
# A test copy of dist-git's upload.cgi (fedora-protocols.md §3.2) in core Perl. Apache runs it
# behind mod_auth_gssapi; its settings come from SetEnv in the private httpd.conf:
#   LOOKASIDE_DIR  storage root (<dir>/<name>/<file>/sha512/<hash>/<file>)
#   GITROOT_DIR    dist-git repos; a name is a module when <GITROOT_DIR>/<name>.git is a dir
#   PACKAGERS      space-separated user names in the packager group
use strict;
use warnings;
use Digest::SHA;
use File::Path qw(make_path);
use File::Temp qw(tempfile);

sub answer {
    my ($status, $text) = @_;
    print "Status: $status\r\nContent-Type: text/plain\r\n\r\n$text\n";
    exit 0;
}

# Identity as upload.cgi takes it: the client-cert CN, else the user part of the GSSAPI name.
my $user = $ENV{SSL_CLIENT_S_DN_CN} || '';
my $gss = $ENV{GSS_NAME} || $ENV{REMOTE_USER} || '';
$user = (split /@/, $gss)[0] if !$user && $gss =~ /@/;
my %packagers = map { $_ => 1 } split ' ', ($ENV{PACKAGERS} || '');
answer('403 Forbidden', 'You must connect with a valid certificate and be in the packager group to upload.')
  unless $user && $packagers{$user};

# multipart/form-data: fields name => [values]; the file part keeps its filename.
my ($boundary) = ($ENV{CONTENT_TYPE} || '') =~ /boundary="?([^";]+)"?/;
answer('400 Bad Request', 'Expected multipart/form-data.') unless $boundary;
binmode STDIN;
my $body = '';
my $want = $ENV{CONTENT_LENGTH} || 0;
while (length($body) < $want) {
    my $read = read(STDIN, $body, $want - length($body), length($body));
    last unless $read;
}
my (%fields, $file_name, $file_data);
for my $part (split /--\Q$boundary\E/, $body) {
    next unless $part =~ s/^\r\n//;
    $part =~ s/\r\n$//;
    my ($head, $data) = split /\r\n\r\n/, $part, 2;
    next unless defined $data;
    my ($field) = $head =~ /name="([^"]*)"/;
    next unless defined $field;
    push @{ $fields{$field} }, $data;
    ($file_name, $file_data) = ($1, $data) if $field eq 'file' && $head =~ /filename="([^"]*)"/;
}

sub field {
    my ($name) = @_;
    my $values = $fields{$name};
    answer('400 Bad Request', "Required field \"$name\" is not present.") unless $values;
    answer('400 Bad Request', "Multiple values given for \"$name\". Aborting.") if @$values > 1;
    return $values->[0];
}

my $name = field('name');
$name =~ s{^/+|/+$}{}g;
$name = "rpms/$name" unless $name =~ m{/};    # default_namespace = rpms
my $checksum;
if ($fields{sha512sum}) { $checksum = field('sha512sum') }
elsif ($fields{md5sum}) { answer('406 Not Acceptable', 'Uploads with md5 are no longer allowed.') }
else                    { answer('400 Bad Request', 'Required checksum is not present.') }

my ($action, $filename);
if ($fields{filename}) {
    $action = 'check';
    ($filename = field('filename')) =~ s{.*/}{};
} else {
    $action = 'upload';
    field('file');
    answer('400 Bad Request', 'No file given for upload. Aborting.') unless defined $file_name && $file_name ne '';
    ($filename = $file_name) =~ s{.*/}{};
}
my $mtime;
if ($fields{mtime}) {
    $mtime = field('mtime');
    answer('400 Bad Request', "Invalid value sent for mtime \"$mtime\". Aborting.") unless $mtime =~ /^\d+(\.\d+)?$/;
}

answer('404 Not Found', "Module \"$name\" does not exist!") unless -d "$ENV{GITROOT_DIR}/$name.git";

my $module_dir = "$ENV{LOOKASIDE_DIR}/$name";
my $hash_dir = "$module_dir/$filename/sha512/$checksum";
my $dest = "$hash_dir/$filename";
if (-e $dest) {
    answer('200 OK', 'Available') if $action eq 'check';
    answer('200 OK', sprintf("File %s already exists\nFile: %s Size: %d", $filename, $dest, -s $dest));
}
answer('200 OK', 'Missing') if $action eq 'check';

make_path($module_dir);
my ($fh, $tmp) = tempfile(DIR => $module_dir, SUFFIX => $checksum);
binmode $fh;
print $fh $file_data;
close $fh;
my $received = Digest::SHA->new(512)->add($file_data)->hexdigest;
if ($received ne $checksum) {
    unlink $tmp;
    answer('400 Bad Request', "SHA512 check failed. Received $received instead of $checksum.");
}
make_path($hash_dir);
rename $tmp, $dest or answer('500 Internal Server Error', "cannot store $dest: $!");
chmod 0644, $dest;
utime $mtime, $mtime, $dest if defined $mtime;
answer('200 OK', sprintf('File %s size %d SHA512 %s stored OK', $filename, length $file_data, $checksum));
