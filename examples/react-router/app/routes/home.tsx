export default function Home() {
  return <h1>deskree-auth-react on React Router</h1>;
}
